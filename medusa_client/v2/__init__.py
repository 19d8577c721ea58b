"""The Medusa v2 side of the client (``@medusajs/js-sdk`` 2.21.2); models: :mod:`medusa_client.v2.models`."""
