import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SCRIPT = resolve(__dirname, '../../scripts/lockfile-platforms.mjs');

/** A lockfile as npm writes it on Linux: the parent names every platform, npm recorded only Linux's. */
function lockAsNpmWritesIt(): Record<string, unknown> {
  return {
    name: 'x',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'x', hasInstallScript: true, devDependencies: { '@swc/core': '1.0.0' } },
      'node_modules/@swc/core': {
        version: '1.0.0',
        dev: true,
        optionalDependencies: { '@swc/core-darwin-arm64': '1.0.0', '@swc/core-linux-x64-gnu': '1.0.0' },
      },
      'node_modules/@swc/core-linux-x64-gnu': {
        version: '1.0.0',
        integrity: 'sha512-real',
        cpu: ['x64'],
        dev: true,
        libc: ['glibc'],
        license: 'MIT',
        optional: true,
        os: ['linux'],
      },
      'node_modules/zod': { version: '3.0.0', integrity: 'sha512-zod' },
    },
  };
}

describe('scripts/lockfile-platforms.mjs (the root postinstall)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lockfile-platforms-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const run = (path: string) => execFileSync(process.execPath, [SCRIPT, path], { encoding: 'utf8' });

  it('adds the missing platforms where npm hoists them, keeps the binaries npm recorded, and orders keys as npm does', () => {
    const path = join(dir, 'package-lock.json');
    writeFileSync(path, JSON.stringify(lockAsNpmWritesIt(), null, 2) + '\n');
    run(path);
    const lock = JSON.parse(readFileSync(path, 'utf8')) as { packages: Record<string, Record<string, unknown>> };
    expect(Object.keys(lock.packages)).toEqual([
      '',
      'node_modules/@swc/core',
      'node_modules/@swc/core-darwin-arm64',
      'node_modules/@swc/core-linux-x64-gnu',
      'node_modules/zod',
    ]);
    expect(JSON.stringify(lock.packages['node_modules/@swc/core-darwin-arm64'])).toBe(
      JSON.stringify({ version: '1.0.0', cpu: ['arm64'], dev: true, optional: true, os: ['darwin'] }),
    );
    expect(lock.packages['node_modules/@swc/core-linux-x64-gnu']['integrity']).toBe('sha512-real');
  });

  it('leaves a complete lockfile byte for byte as it is, so `npm install` on a clean clone leaves the tree clean', () => {
    const path = join(dir, 'package-lock.json');
    writeFileSync(path, JSON.stringify(lockAsNpmWritesIt(), null, 2) + '\n');
    run(path);
    const once = readFileSync(path, 'utf8');
    expect(run(path)).toContain('already complete');
    expect(readFileSync(path, 'utf8')).toBe(once);
  });

  it('removes placeholders nested under a parent, where they shadow the binary npm recorded (and lose its integrity)', () => {
    const path = join(dir, 'package-lock.json');
    const lock = lockAsNpmWritesIt() as { packages: Record<string, unknown> };
    lock.packages['node_modules/@swc/core/node_modules/@swc/core-linux-x64-gnu'] = {
      version: '1.0.0',
      cpu: ['x64'],
      dev: true,
      optional: true,
    };
    lock.packages['node_modules/@swc/core/node_modules/@swc/core-darwin-arm64'] = {
      version: '1.0.0',
      cpu: ['arm64'],
      dev: true,
      optional: true,
    };
    writeFileSync(path, JSON.stringify(lock, null, 2) + '\n');
    run(path);
    const keys = Object.keys((JSON.parse(readFileSync(path, 'utf8')) as { packages: object }).packages);
    expect(keys.filter((k) => k.includes('/node_modules/@swc/core/node_modules/'))).toEqual([]);
    expect(keys).toContain('node_modules/@swc/core-darwin-arm64');
  });
});
