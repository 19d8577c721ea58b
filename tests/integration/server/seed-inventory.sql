-- Post-seed step for the inventory + stock-location modules (run by start.sh
-- on the template database right after `medusa seed`, before it is frozen).
--
-- `medusa seed` only fills product_variant.inventory_quantity; with
-- @medusajs/inventory and @medusajs/stock-location installed, Medusa 1.20
-- checks and reserves stock through inventory items and their levels at the
-- stock locations linked to the cart's sales channel. This creates, with
-- fixed ids:
--   stock location  sloc_harness_warehouse "Harness Warehouse"
--                   (address laddr_harness_warehouse), linked to the default
--                   sales channel (scloc_harness_default) and set as the
--                   store's default location
--   for every variant with manage_inventory = true, named after the variant
--   id without its "variant_" prefix (variant_harness_tshirt_m_black ->
--   harness_tshirt_m_black):
--     inventory item   iitem_<name>   (sku, title, dimensions of the variant)
--     variant link     pvitem_<name>  (required_quantity 1)
--     inventory level  ilev_<name>    at sloc_harness_warehouse,
--                      stocked_quantity = the variant's seeded
--                      inventory_quantity, reserved 0, incoming 0
-- Idempotent (ON CONFLICT DO NOTHING); fails if the store has no default
-- sales channel.
\set ON_ERROR_STOP 1
BEGIN;

DO $$
BEGIN
  IF (SELECT default_sales_channel_id FROM store LIMIT 1) IS NULL THEN
    RAISE EXCEPTION 'store has no default sales channel after seed';
  END IF;
END $$;

INSERT INTO stock_location_address (id, address_1, city, country_code, postal_code)
VALUES ('laddr_harness_warehouse', '1 Harness Way', 'New York', 'us', '10001')
ON CONFLICT (id) DO NOTHING;

INSERT INTO stock_location (id, name, address_id)
VALUES ('sloc_harness_warehouse', 'Harness Warehouse', 'laddr_harness_warehouse')
ON CONFLICT (id) DO NOTHING;

INSERT INTO sales_channel_location (id, sales_channel_id, location_id)
SELECT 'scloc_harness_default', default_sales_channel_id, 'sloc_harness_warehouse'
FROM store LIMIT 1
ON CONFLICT (id) DO NOTHING;

UPDATE store SET default_location_id = 'sloc_harness_warehouse';

INSERT INTO inventory_item (id, sku, title, origin_country, hs_code, mid_code,
                            material, weight, length, height, width,
                            requires_shipping)
SELECT 'iitem_' || substr(v.id, 9), v.sku, v.title, v.origin_country,
       v.hs_code, v.mid_code, v.material, v.weight, v.length, v.height,
       v.width, true
FROM product_variant v
WHERE v.manage_inventory AND v.deleted_at IS NULL
ON CONFLICT (id) DO NOTHING;

INSERT INTO product_variant_inventory_item (id, variant_id, inventory_item_id, required_quantity)
SELECT 'pvitem_' || substr(v.id, 9), v.id, 'iitem_' || substr(v.id, 9), 1
FROM product_variant v
WHERE v.manage_inventory AND v.deleted_at IS NULL
ON CONFLICT (id) DO NOTHING;

INSERT INTO inventory_level (id, inventory_item_id, location_id,
                             stocked_quantity, reserved_quantity, incoming_quantity)
SELECT 'ilev_' || substr(v.id, 9), 'iitem_' || substr(v.id, 9),
       'sloc_harness_warehouse', v.inventory_quantity, 0, 0
FROM product_variant v
WHERE v.manage_inventory AND v.deleted_at IS NULL
ON CONFLICT (id) DO NOTHING;

COMMIT;
