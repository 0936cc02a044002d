# One image for every foodgraph process: the router by default, a subgraph by command
# (`node subgraphs/<name>/dist/main.js`). docker-compose.yml and deploy/k8s pick the command.
#   docker build -t foodgraph .
# Node 22 LTS here; Node 20 keeps working for local use (`engines` in package.json).
ARG NODE_IMAGE=node:22-bookworm-slim

# --- build: every workspace, with dev dependencies (tsc, esbuild for the explorer, vite for web/)
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY . .
# --ignore-scripts: the only install scripts in the tree are protobufjs version notes and the
# root's lockfile check; nothing may download a binary during the build.
RUN npm ci --ignore-scripts --no-audit --no-fund && npm run build

# --- production dependencies of the processes the image runs, nothing else (no stack, testing
# or web dependencies: the web app ships as its built files). Only manifests are copied, so this
# layer is rebuilt when dependencies change, not when sources do.
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/events/package.json packages/events/
COPY packages/platform/package.json packages/platform/
COPY subgraphs/users/package.json subgraphs/users/
COPY subgraphs/menu/package.json subgraphs/menu/
COPY subgraphs/orders/package.json subgraphs/orders/
COPY subgraphs/delivery/package.json subgraphs/delivery/
COPY subgraphs/feedback/package.json subgraphs/feedback/
COPY subgraphs/notifications/package.json subgraphs/notifications/
COPY router/package.json router/
COPY stack/package.json stack/
COPY testing/package.json testing/
COPY web/package.json web/
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
      -w packages/events -w packages/platform -w router \
      -w subgraphs/users -w subgraphs/menu -w subgraphs/orders -w subgraphs/delivery -w subgraphs/feedback \
      -w subgraphs/notifications \
  && npm cache clean --force

# --- runtime: dist/ outputs, the checked-in supergraph and persisted-query list, the web app
FROM ${NODE_IMAGE}
ENV NODE_ENV=production HOST=0.0.0.0
WORKDIR /app
COPY --from=prod-deps /app ./
COPY --from=build /app/packages/events/dist packages/events/dist
COPY --from=build /app/packages/platform/dist packages/platform/dist
COPY --from=build /app/subgraphs/users/dist subgraphs/users/dist
COPY --from=build /app/subgraphs/menu/dist subgraphs/menu/dist
COPY --from=build /app/subgraphs/orders/dist subgraphs/orders/dist
COPY --from=build /app/subgraphs/delivery/dist subgraphs/delivery/dist
COPY --from=build /app/subgraphs/feedback/dist subgraphs/feedback/dist
COPY --from=build /app/subgraphs/notifications/dist subgraphs/notifications/dist
# router/dist holds the explorer bundle too (dist/explorer/assets).
COPY --from=build /app/router/dist router/dist
COPY --from=build /app/schema/supergraph.graphql /app/schema/persisted-queries.json schema/
# The router serves it at / (WEB_APP_DIR defaults to the repository's web/dist).
COPY --from=build /app/web/dist web/dist
# The image's own user (uid 1000); nothing here writes to the file system at run time.
USER node
# 4000 router; 4001-4006 users, menu, orders, delivery, feedback, notifications (each process listens on PORT).
EXPOSE 4000 4001 4002 4003 4004 4005 4006
# /health answers 200 while the process serves (router and subgraphs alike) on PORT, which a
# subgraph container must set (its built-in default differs; compose and the manifests set it).
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "router/dist/main.js"]
