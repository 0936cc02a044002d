# One image for every foodgraph process; docker-compose picks the entry point per service.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json lerna.json tsconfig.base.json ./
COPY packages ./packages
COPY subgraphs ./subgraphs
COPY router ./router
COPY stack ./stack
COPY testing ./testing
COPY schema ./schema
COPY scripts ./scripts
RUN npm ci --no-audit --no-fund && npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app ./
USER node
