"""publish layer (no Qt): WordPress REST client, credentials in the keyring, site profiles, term cache, publish flow.

- `sites.SiteRegistry.default()`: profiles (name, url, username) in the config folder; `sites.connect()` builds a
  `client.WordPressClient` with the password from a `credentials.CredentialStore`.
- `credentials.open_credential_store()`: the keyring, or a session-only memory store plus the sentence why.
- `terms.sync_terms()` / `terms.load_cache()`: categories and tags cached in `<ws>/.sr-editor/sites/NAME/`.
- `flow.PublishJob(...).run()`: checks, tags, images, post, write-back; `cancel()` between steps; progress callback.
- `doctor.diagnose(client)`: the connection doctor behind `site check`.
- `errors`: every failure as a typed `PublishError` whose text is one sentence for the writer.
"""
