<?php
/**
 * Plugin Name:       sr-editor companion
 * Description:       What the sr-editor desktop app needs beyond core REST: the post lock ("… is currently editing"), editorial notes on sites older than WordPress 6.9, and an "Image describer" role that may set alt text and nothing else.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            sr-editor
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       sr-editor-companion
 *
 * @package sr-editor-companion
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'SR_EDITOR_COMPANION_VERSION', '0.1.0' );
define( 'SR_EDITOR_COMPANION_NAMESPACE', 'sr-editor/v1' );

require_once __DIR__ . '/includes/common.php';
require_once __DIR__ . '/includes/status.php';
require_once __DIR__ . '/includes/lock.php';
require_once __DIR__ . '/includes/notes.php';
require_once __DIR__ . '/includes/describer.php';

register_activation_hook( __FILE__, 'sr_editor_companion_add_role' );
add_action( 'init', 'sr_editor_companion_ensure_role' );
add_action( 'rest_api_init', 'sr_editor_companion_register_routes' );
sr_editor_companion_notes_hooks();

/**
 * Every route of the plugin; each checks its capability and none answers without authentication.
 */
function sr_editor_companion_register_routes() {
	sr_editor_companion_status_routes();
	sr_editor_companion_lock_routes();
	sr_editor_companion_notes_routes();
	sr_editor_companion_describer_routes();
}
