"""The companion plugin on the test site: linked into its plugins folder and activated for one test module, with
an Image describer account; a strict mu-plugin writes down any PHP error raised in the plugin's files."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import wpsite
from wp_php import run_wp_php

PLUGIN = Path(__file__).resolve().parents[2] / "packaging" / "wordpress" / "sr-editor-companion"

STRICT = r"""<?php
// Test site: every error raised in the companion plugin's files is written down, whatever WP_DEBUG says.
set_error_handler(function ($level, $message, $file, $line) {
    if (strpos($file, 'sr-editor-companion') !== false) {
        file_put_contents(%s, "$level $message $file:$line\n", FILE_APPEND);
    }
    return false;
}, E_ALL);
"""


@dataclass(frozen=True)
class Describer:
    login: str
    password: str
    user_id: int


@dataclass(frozen=True)
class Companion:
    describer: Describer
    errors: Path  # PHP errors raised in the plugin's files; empty when all is well


@contextmanager
def companion_active(wordpress: wpsite.WordPressSite) -> Iterator[Companion]:
    plugins = wordpress.root / "docroot" / "wp-content" / "plugins"
    errors = wordpress.root / "companion-errors.log"
    errors.write_text("")
    strict = wordpress.root / "docroot" / "wp-content" / "mu-plugins" / "companion-strict.php"
    strict.write_text(STRICT % ("'" + str(errors) + "'"))
    (plugins / "sr-editor-companion").symlink_to(PLUGIN)
    made = run_wp_php(wordpress, r"""
require_once ABSPATH . 'wp-admin/includes/plugin.php';
$done = activate_plugin('sr-editor-companion/sr-editor-companion.php');
if (is_wp_error($done)) { echo json_encode(['error' => $done->get_error_message()]); exit; }
$login = 'describer-' . $input['token'];
$id = wp_insert_user(['user_login' => $login, 'user_pass' => wp_generate_password(),
                      'user_email' => $login . '@example.org', 'display_name' => 'Volunteer Vera',
                      'role' => 'sr_image_describer']);
$pw = WP_Application_Passwords::create_new_application_password($id, ['name' => 'tests']);
echo json_encode(['id' => $id, 'login' => $login, 'password' => $pw[0]]);
""", {"token": uuid.uuid4().hex[:8]})
    assert "error" not in made, made
    try:
        yield Companion(Describer(made["login"], made["password"], int(made["id"])), errors)
    finally:
        run_wp_php(wordpress, r"""
require_once ABSPATH . 'wp-admin/includes/plugin.php';
deactivate_plugins('sr-editor-companion/sr-editor-companion.php');
echo json_encode(['ok' => true]);
""", {})
        (plugins / "sr-editor-companion").unlink()
        strict.unlink()


def add_account(wordpress: wpsite.WordPressSite, roles: list[str], display_name: str) -> Describer:
    """A new account with these roles (the first is its main role, the others are added), and its Application
    Password; for a volunteer with a Contributor account and the Image describer role."""
    made = run_wp_php(wordpress, r"""
$login = 'acct-' . $input['token'];
$id = wp_insert_user(['user_login' => $login, 'user_pass' => wp_generate_password(),
                      'user_email' => $login . '@example.org', 'display_name' => $input['name'],
                      'role' => $input['roles'][0]]);
if (is_wp_error($id)) { echo json_encode(['error' => $id->get_error_message()]); exit; }
$user = new WP_User($id);
foreach (array_slice($input['roles'], 1) as $role) { $user->add_role($role); }
$pw = WP_Application_Passwords::create_new_application_password($id, ['name' => 'tests']);
echo json_encode(['id' => $id, 'login' => $login, 'password' => $pw[0]]);
""", {"token": uuid.uuid4().hex[:8], "roles": roles, "name": display_name})
    assert "error" not in made, made
    return Describer(made["login"], made["password"], int(made["id"]))
