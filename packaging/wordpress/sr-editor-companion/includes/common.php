<?php
/**
 * What the routes share: the post argument, error answers, user names.
 *
 * @package sr-editor-companion
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The `id` argument of a post route: a positive integer.
 *
 * @return array The argument's schema.
 */
function sr_editor_companion_id_arg() {
	return array(
		'type'              => 'integer',
		'required'          => true,
		'minimum'           => 1,
		'sanitize_callback' => 'absint',
	);
}

/**
 * The post a route names, or a 404 error when there is none (trash counts as none).
 *
 * @param int $post_id The post's id.
 * @return WP_Post|WP_Error
 */
function sr_editor_companion_post( $post_id ) {
	$post = get_post( (int) $post_id );
	if ( ! $post || 'trash' === $post->post_status || 'attachment' === $post->post_type || 'revision' === $post->post_type ) {
		return new WP_Error( 'rest_post_invalid_id', __( 'Invalid post ID.' ), array( 'status' => 404 ) );
	}
	return $post;
}

/**
 * A user as the app shows them: id and display name; a user who no longer exists has a null name.
 *
 * @param int $user_id The user's id.
 * @return array
 */
function sr_editor_companion_user( $user_id ) {
	$user = get_userdata( (int) $user_id );
	return array(
		'id'   => (int) $user_id,
		'name' => $user ? $user->display_name : null,
	);
}

/**
 * A UNIX time as the REST API writes GMT dates (no zone suffix, as `modified_gmt`).
 *
 * @param int $time Seconds since the epoch.
 * @return string
 */
function sr_editor_companion_gmt( $time ) {
	return gmdate( 'Y-m-d\TH:i:s', (int) $time );
}

/**
 * Permission of the routes that read or change what an editor of the post may: edit_post on an existing post.
 *
 * @param WP_REST_Request $request The request.
 * @return true|WP_Error
 */
function sr_editor_companion_can_edit_post( $request ) {
	$post = sr_editor_companion_post( $request['id'] );
	if ( is_wp_error( $post ) ) {
		return $post;
	}
	if ( ! current_user_can( 'edit_post', $post->ID ) ) {
		return new WP_Error(
			'rest_cannot_edit',
			__( 'Sorry, you are not allowed to edit this post.' ),
			array( 'status' => rest_authorization_required_code() )
		);
	}
	return true;
}
