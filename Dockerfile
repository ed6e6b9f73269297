# fingraph API and worker image (one image; the command picks the role). Compiled with tsc, no ts-node at run time.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The documents and uploads volume mount points, owned by the runtime user (a fresh named volume copies this ownership).
RUN mkdir -p /var/lib/fingraph/documents /var/lib/fingraph/uploads && chown -R node:node /var/lib/fingraph
EXPOSE 4000
USER node
CMD ["node", "dist/src/main.js"]
