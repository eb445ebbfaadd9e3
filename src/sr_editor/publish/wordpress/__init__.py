"""The site itself: the REST client, credentials in the keyring, profiles, roles, terms and the media library."""
