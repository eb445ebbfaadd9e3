<?php
/**
 * `GET sr-editor/v1/status`: whether the plugin is active, its version and what the account may do with it.
 *
 * @package sr-editor-companion
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Registers the status route (authenticated users only).
 */
function sr_editor_companion_status_routes() {
	register_rest_route(
		SR_EDITOR_COMPANION_NAMESPACE,
		'/status',
		array(
			'methods'             => WP_REST_Server::READABLE,
			'callback'            => 'sr_editor_companion_status',
			'permission_callback' => 'is_user_logged_in',
		)
	);
}

/**
 * The plugin's version, its features, whether the site has WordPress's own Notes, and the account's describer right.
 *
 * @return WP_REST_Response
 */
function sr_editor_companion_status() {
	global $wp_version;
	return rest_ensure_response(
		array(
			'version'      => SR_EDITOR_COMPANION_VERSION,
			'features'     => array( 'lock', 'notes', 'describer' ),
			'notes_native' => version_compare( $wp_version, '6.9-alpha', '>=' ),
			'can_describe' => current_user_can( 'sr_describe_images' ),
		)
	);
}
