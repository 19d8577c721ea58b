#!/usr/bin/env bash
# Smoke test of a running harness server (start.sh first). Exercises the three
# admin auth styles, the customer-group lifecycle, error bodies, the
# inventory / stock-location module endpoints and a guest checkout through the
# store API (stock check + reservation). Expects the freshly seeded state and
# leaves data behind: run reset.sh after.
# Prints "N passed, N failed" and exits non-zero on any failure.
set -uo pipefail
# shellcheck source=common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

B="$BASE_URL"
TOK="x-medusa-access-token: $API_TOKEN"
JSON="content-type: application/json"
PASS=0 FAIL=0
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT

# call METHOD PATH [BODY] [extra curl args...] -> sets CODE and BODY
call() {
  local m="$1" p="$2" d="${3:-}"; shift 3 2>/dev/null || shift $#
  if [ -n "$d" ]; then
    CODE="$(curl -s -o "$TMP/b" -w '%{http_code}' -X "$m" -H "$JSON" -d "$d" "$@" "$B$p")"
  else
    CODE="$(curl -s -o "$TMP/b" -w '%{http_code}' -X "$m" "$@" "$B$p")"
  fi
  BODY="$(cat "$TMP/b")"
}
check() { # check NAME EXPECTED_CODE [REGEX]
  if [ "$CODE" = "$2" ] && { [ -z "${3:-}" ] || grep -Eq -- "$3" <<<"$BODY"; }; then
    PASS=$((PASS + 1)); printf 'ok   %s\n' "$1"
  else
    FAIL=$((FAIL + 1)); printf 'FAIL %s (HTTP %s, want %s %s)\n     %s\n' "$1" "$CODE" "$2" "${3:-}" "${BODY:0:300}"
  fi
}
field() { grep -o "\"$1\":\"[^\"]*\"" <<<"$BODY" | head -1 | cut -d'"' -f4; }

call GET /health ""; check "GET /health" 200 '^OK$'

# --- admin auth: cookie session, JWT, api token
call POST /admin/auth "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\"}" -c "$TMP/jar"
check "POST /admin/auth" 200 '"email":"admin@medusa-test.com"'
call GET /admin/auth "" -b "$TMP/jar"; check "GET /admin/auth (cookie)" 200 '"user"'
call POST /admin/auth "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"wrong\"}"; check "POST /admin/auth wrong pw" 401 'Unauthorized'
call POST /admin/auth/token "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\"}"
check "POST /admin/auth/token" 200 '"access_token"'
JWT="$(field access_token)"
call GET /admin/customer-groups "" -H "Authorization: Bearer $JWT"; check "JWT bearer" 200 '"customer_groups"'
call GET /admin/customer-groups "" -H "$TOK"; check "api token" 200 '"count":[0-9]+,"customer_groups":\[.*\],"offset":0,"limit":10'
call GET /admin/customer-groups ""; check "no auth" 401 'Unauthorized'

# --- customer-group lifecycle (api token)
call POST /admin/customer-groups '{"name":"smoke-vip","metadata":{"k":"v"}}' -H "$TOK"
check "create group" 200 '"customer_group":\{.*"name":"smoke-vip"'
CG="$(field id)"
call POST /admin/customers '{"email":"smoke1@example.com","first_name":"S","last_name":"One","password":"pw123456"}' -H "$TOK"
check "create customer 1" 201 '"customer":'
C1="$(grep -o '"id":"cus_[^"]*"' <<<"$BODY" | head -1 | cut -d'"' -f4)"
call POST /admin/customers '{"email":"smoke2@example.com","first_name":"S","last_name":"Two","password":"pw123456"}' -H "$TOK"
check "create customer 2" 201 '"customer":'
C2="$(grep -o '"id":"cus_[^"]*"' <<<"$BODY" | head -1 | cut -d'"' -f4)"
call POST "/admin/customer-groups/$CG/customers/batch" "{\"customer_ids\":[{\"id\":\"$C1\"},{\"id\":\"$C2\"}]}" -H "$TOK"
check "batch add" 200 "\"id\":\"$CG\""
call GET "/admin/customer-groups/$CG/customers" "" -H "$TOK"; check "list group customers" 200 '"count":2,"offset":0,"limit":50'
call DELETE "/admin/customer-groups/$CG/customers/batch" "{\"customer_ids\":[{\"id\":\"$C1\"}]}" -H "$TOK"
check "batch remove" 200 '"customer_group"'
call GET "/admin/customer-groups/$CG/customers?limit=5&offset=0" "" -H "$TOK"; check "list after remove" 200 '"count":1,"offset":0,"limit":5'
call POST "/admin/customer-groups/$CG" '{"name":"smoke-vip-2"}' -H "$TOK"; check "update group" 200 '"name":"smoke-vip-2"'
call POST /admin/customer-groups '{"name":"smoke-vip-2"}' -H "$TOK"; check "duplicate name" 422 '"type":"duplicate_error"'
call POST /admin/customer-groups '{}' -H "$TOK"; check "400 missing name" 400 '^\{"type":"invalid_data","message":"name must be a string"\}$'
call GET /admin/customer-groups/cgrp_missing "" -H "$TOK"; check "404 missing group" 404 '^\{"type":"not_found","message":"CustomerGroup with id cgrp_missing was not found"\}$'
call DELETE "/admin/customer-groups/$CG" "" -H "$TOK"; check "delete group" 200 "^\\{\"id\":\"$CG\",\"object\":\"customer_group\",\"deleted\":true\\}$"
call GET "/admin/customer-groups/$CG" "" -H "$TOK"; check "gone after delete" 404 '"not_found"'
call GET /admin/product-categories "" -H "$TOK"; check "product categories (feature flag)" 200 '"product_categories"'

# --- inventory + stock-location modules (api token)
call GET /admin/stock-locations "" -H "$TOK"
check "stock locations" 200 '"stock_locations":\[\{"id":"sloc_harness_warehouse",.*"name":"Harness Warehouse".*"count":1'
call GET "/admin/stock-locations/sloc_harness_warehouse?expand=address,sales_channels" "" -H "$TOK"
check "stock location + sales channel" 200 '"country_code":"us".*"sales_channels":\[\{"id":"sc_'
call GET "/admin/inventory-items?limit=50" "" -H "$TOK"; check "inventory items" 200 '"id":"iitem_harness_tshirt_m_black".*"count":6'
call GET /admin/variants/variant_harness_tshirt_m_black/inventory "" -H "$TOK"
check "variant inventory level" 200 '"location_id":"sloc_harness_warehouse","stocked_quantity":100,"reserved_quantity":0'
call GET /admin/reservations "" -H "$TOK"; check "reservations" 200 '^\{"reservations":\[\],"count":0'

# --- store API (no publishable key needed in v1)
call GET /store/products ""; check "store products (no key)" 200 '"count":3'
call GET /store/products "" -H "x-publishable-api-key: $PUBLISHABLE_KEY"; check "store products (key)" 200 '"count":3'
call POST /store/carts '{"region_id":"reg_harness_us"}'; check "create cart" 200 '"cart":\{"object":"cart"'
CART="$(grep -o '"id":"cart_[^"]*"' <<<"$BODY" | head -1 | cut -d'"' -f4)"
call POST "/store/carts/$CART/line-items" '{"variant_id":"variant_harness_tshirt_m_black","quantity":101}'
check "line item over stock" 400 '"code":"insufficient_inventory"'
call POST "/store/carts/$CART/line-items" '{"variant_id":"variant_harness_tshirt_m_black","quantity":2}'; check "add line item" 200 '"subtotal":4000'
call POST "/store/carts/$CART" '{"email":"guest@example.com","shipping_address":{"first_name":"G","last_name":"U","address_1":"1 Main St","city":"NYC","country_code":"us","postal_code":"10001"}}'
check "cart address" 200 '"email":"guest@example.com"'
call POST "/store/carts/$CART/shipping-methods" '{"option_id":"so_harness_us_standard"}'; check "shipping method" 200 '"shipping_total":1000'
call POST "/store/carts/$CART/payment-sessions" ""; check "payment sessions" 200 '"provider_id":"manual"'
call POST "/store/carts/$CART/payment-session" '{"provider_id":"manual"}'; check "select payment" 200 '"payment_session"'
call POST "/store/carts/$CART/complete" ""; check "complete cart" 200 '"type":"order"'
call GET "/admin/reservations?inventory_item_id%5B%5D=iitem_harness_tshirt_m_black" "" -H "$TOK"
check "order reserved stock" 200 '"location_id":"sloc_harness_warehouse","quantity":2'

printf '%s passed, %s failed\n' "$PASS" "$FAIL"
[ "$FAIL" = 0 ]
