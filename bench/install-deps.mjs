#!/usr/bin/env node
// Installs bench/'s own dependencies (autocannon, stock @apollo/gateway, …) unless the
// installed tree already matches bench/package-lock.json. `npm ci` deletes node_modules first,
// so running it on every `npm run bench` would pull the gateway packages out from under a
// benchmark already running from the same checkout.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bench = dirname(fileURLToPath(import.meta.url));
const stamp = join(bench, 'node_modules', '.installed-lock-sha256');
const lockHash = createHash('sha256')
  .update(readFileSync(join(bench, 'package-lock.json')))
  .digest('hex');

if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lockHash) process.exit(0);
execFileSync('npm', ['--prefix', bench, 'ci', '--no-audit', '--no-fund', '--loglevel=error'], { stdio: 'inherit' });
writeFileSync(stamp, lockHash);
