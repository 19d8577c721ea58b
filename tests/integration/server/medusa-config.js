// Medusa v1 (1.20.x) config for the medusa_client integration-test server.
// No Redis: in-memory cache, local event bus, express-session MemoryStore.
// Inventory + stock-location modules enabled (multi-warehouse API).
const DATABASE_URL =
  process.env.DATABASE_URL ||
  "postgres://medusa:medusa@127.0.0.1:55432/medusa";

const STORE_CORS =
  process.env.STORE_CORS || "http://127.0.0.1:8000,http://localhost:8000";
const ADMIN_CORS =
  process.env.ADMIN_CORS ||
  "http://127.0.0.1:7000,http://127.0.0.1:7001,http://localhost:7000,http://localhost:7001";

const BACKEND_URL = process.env.BACKEND_URL || "http://127.0.0.1:9000";

module.exports = {
  projectConfig: {
    database_type: "postgres",
    database_url: DATABASE_URL,
    database_extra: {},
    database_logging: ["error"],
    store_cors: STORE_CORS,
    admin_cors: ADMIN_CORS,
    jwt_secret: process.env.JWT_SECRET || "harness_jwt_secret",
    cookie_secret: process.env.COOKIE_SECRET || "harness_cookie_secret",
    // no redis_url on purpose -> in-memory session store / fake redis
  },
  plugins: [
    "medusa-fulfillment-manual",
    "medusa-payment-manual",
    {
      resolve: "@medusajs/file-local",
      options: { upload_dir: "uploads", backend_url: BACKEND_URL },
    },
  ],
  modules: {
    eventBus: { resolve: "@medusajs/event-bus-local" },
    // ttl 0 = the in-memory cache never stores anything (cache-inmemory
    // skips set() when ttl === 0). Medusa v1 only caches price selection and
    // tax rates; disabling it keeps reads fresh right after writes/resets.
    cacheService: {
      resolve: "@medusajs/cache-inmemory",
      options: { ttl: Number(process.env.MEDUSA_CACHE_TTL || 0) },
    },
    // Multi-warehouse modules (1.x packages released with @medusajs/medusa
    // 1.20.11). They share the core database connection; `medusa migrations
    // run` applies their migrations. They enable /admin/inventory-items,
    // /admin/stock-locations and /admin/reservations, and make carts check
    // stock through inventory levels at locations linked to the cart's sales
    // channel instead of product_variant.inventory_quantity.
    inventoryService: { resolve: "@medusajs/inventory" },
    stockLocationService: { resolve: "@medusajs/stock-location" },
  },
  featureFlags: {
    // off by default in 1.20.x; needed for /admin/product-categories and
    // /store/product-categories. Must be on BEFORE migrations run.
    product_categories: true,
  },
};
