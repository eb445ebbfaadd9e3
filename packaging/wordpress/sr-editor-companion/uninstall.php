<?php
/**
 * Uninstall: the role and the capability go; notes stay (they belong to the site's editorial history).
 *
 * @package sr-editor-companion
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

remove_role( 'sr_image_describer' );
foreach ( array( 'administrator', 'editor' ) as $sr_editor_companion_role ) {
	$sr_editor_companion_object = get_role( $sr_editor_companion_role );
	if ( $sr_editor_companion_object ) {
		$sr_editor_companion_object->remove_cap( 'sr_describe_images' );
	}
}
