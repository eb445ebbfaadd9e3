<?php
/**
 * The post lock wp-admin shows as "… is currently editing": read, take, refresh and give back over REST.
 *
 * It is WordPress's own lock (the `_edit_lock` meta that wp_set_post_lock() writes and wp_check_post_lock() reads),
 * so wp-admin and the app see each other. `_sr_editor_lock_since` remembers when the holder first took it.
 *
 * @package sr-editor-companion
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Registers `sr-editor/v1/posts/<id>/lock` (GET, POST, DELETE) for users who may edit the post.
 */
function sr_editor_companion_lock_routes() {
	register_rest_route(
		SR_EDITOR_COMPANION_NAMESPACE,
		'/posts/(?P<id>\d+)/lock',
		array(
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => 'sr_editor_companion_get_lock',
				'permission_callback' => 'sr_editor_companion_can_edit_post',
				'args'                => array( 'id' => sr_editor_companion_id_arg() ),
			),
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => 'sr_editor_companion_take_lock',
				'permission_callback' => 'sr_editor_companion_can_edit_post',
				'args'                => array(
					'id'    => sr_editor_companion_id_arg(),
					'force' => array(
						'type'    => 'boolean',
						'default' => false,
					),
				),
			),
			array(
				'methods'             => WP_REST_Server::DELETABLE,
				'callback'            => 'sr_editor_companion_release_lock',
				'permission_callback' => 'sr_editor_companion_can_edit_post',
				'args'                => array( 'id' => sr_editor_companion_id_arg() ),
			),
		)
	);
}

/**
 * The lock as stored: [time of the last refresh, holder's id], or null when there is none or it has lapsed.
 *
 * @param int $post_id The post's id.
 * @return array|null
 */
function sr_editor_companion_active_lock( $post_id ) {
	$lock = get_post_meta( $post_id, '_edit_lock', true );
	if ( ! is_string( $lock ) || '' === $lock ) {
		return null;
	}
	$parts = explode( ':', $lock );
	$time  = isset( $parts[0] ) ? (int) $parts[0] : 0;
	$user  = isset( $parts[1] ) ? (int) $parts[1] : 0;
	/** This filter is documented in wp-admin/includes/post.php */
	$window = (int) apply_filters( 'wp_check_post_lock_window', 150 );
	if ( $user <= 0 || $time <= time() - $window ) {
		return null;
	}
	return array( $time, $user );
}

/**
 * The lock as the app reads it: who holds it, since when, when it was last refreshed, and whether it is ours.
 *
 * @param int $post_id The post's id.
 * @return array
 */
function sr_editor_companion_lock_state( $post_id ) {
	$lock = sr_editor_companion_active_lock( $post_id );
	if ( null === $lock ) {
		return array(
			'locked' => false,
			'mine'   => false,
			'user'   => null,
		);
	}
	$since = get_post_meta( $post_id, '_sr_editor_lock_since', true );
	$since = is_string( $since ) ? explode( ':', $since ) : array();
	$start = ( 2 === count( $since ) && (int) $since[1] === $lock[1] ) ? (int) $since[0] : $lock[0];
	return array(
		'locked'        => true,
		'mine'          => get_current_user_id() === $lock[1],
		'user'          => sr_editor_companion_user( $lock[1] ),
		'since_gmt'     => sr_editor_companion_gmt( $start ),
		'refreshed_gmt' => sr_editor_companion_gmt( $lock[0] ),
	);
}

/**
 * GET: the lock's state.
 *
 * @param WP_REST_Request $request The request.
 * @return WP_REST_Response
 */
function sr_editor_companion_get_lock( $request ) {
	return rest_ensure_response( sr_editor_companion_lock_state( (int) $request['id'] ) );
}

/**
 * POST: take or refresh the lock; 409 naming the holder when another user holds it, unless `force` (take over).
 *
 * @param WP_REST_Request $request The request.
 * @return WP_REST_Response|WP_Error
 */
function sr_editor_companion_take_lock( $request ) {
	$post_id = (int) $request['id'];
	$current = sr_editor_companion_active_lock( $post_id );
	$me      = get_current_user_id();
	if ( null !== $current && $current[1] !== $me && ! $request['force'] ) {
		return new WP_Error(
			'sr_editor_locked',
			__( 'Another user is editing this post.', 'sr-editor-companion' ),
			array_merge( array( 'status' => 409 ), sr_editor_companion_lock_state( $post_id ) )
		);
	}
	if ( null === $current || $current[1] !== $me ) {
		update_post_meta( $post_id, '_sr_editor_lock_since', time() . ':' . $me );
	}
	require_once ABSPATH . 'wp-admin/includes/post.php';
	wp_set_post_lock( $post_id );
	return rest_ensure_response( sr_editor_companion_lock_state( $post_id ) );
}

/**
 * DELETE: give the lock back, when it is ours; someone else's lock is left alone.
 *
 * @param WP_REST_Request $request The request.
 * @return WP_REST_Response
 */
function sr_editor_companion_release_lock( $request ) {
	$post_id = (int) $request['id'];
	$current = sr_editor_companion_active_lock( $post_id );
	if ( null !== $current && get_current_user_id() === $current[1] ) {
		delete_post_meta( $post_id, '_edit_lock' );
		delete_post_meta( $post_id, '_sr_editor_lock_since' );
	}
	return rest_ensure_response( sr_editor_companion_lock_state( $post_id ) );
}
