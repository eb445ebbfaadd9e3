<?php
/**
 * Editorial notes on a post, for sites older than WordPress 6.9, stored as 6.9 stores its own Notes: comments of
 * type `note` (a reply is a child note; resolving or reopening is a child note whose `_wp_note_status` meta says
 * `resolved` or `reopen`), so a site upgraded to 6.9 shows them in the block editor. The passage a note is about is
 * kept in `_sr_editor_quote`; `_sr_editor_client_id` makes a resent note (after a cut connection) land once.
 *
 * @package sr-editor-companion
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Keeps notes out of public comment lists and counts on sites before 6.9 (6.9 does this itself).
 */
function sr_editor_companion_notes_hooks() {
	global $wp_version;
	if ( version_compare( $wp_version, '6.9-alpha', '>=' ) ) {
		return;
	}
	add_action( 'pre_get_comments', 'sr_editor_companion_hide_notes' );
	add_filter( 'pre_wp_update_comment_count_now', 'sr_editor_companion_count_without_notes', 10, 3 );
}

/**
 * A comment query that does not ask for notes leaves them out.
 *
 * @param WP_Comment_Query $query The query about to run.
 */
function sr_editor_companion_hide_notes( $query ) {
	$type = $query->query_vars['type'];
	$in   = (array) $query->query_vars['type__in'];
	if ( 'note' === $type || in_array( 'note', $in, true ) ) {
		return;
	}
	$query->query_vars['type__not_in'] = array_merge( (array) $query->query_vars['type__not_in'], array( 'note' ) );
}

/**
 * The post's comment count without its notes.
 *
 * @param int|null $count   The count another filter chose, if any.
 * @param int      $old     The count before.
 * @param int      $post_id The post's id.
 * @return int
 */
function sr_editor_companion_count_without_notes( $count, $old, $post_id ) {
	global $wpdb;
	return (int) $wpdb->get_var(
		$wpdb->prepare(
			"SELECT COUNT(*) FROM $wpdb->comments WHERE comment_post_ID = %d AND comment_approved = '1' AND comment_type != 'note'",
			$post_id
		)
	);
}

/**
 * Registers `sr-editor/v1/posts/<id>/notes` (GET, POST) for users who may edit the post.
 */
function sr_editor_companion_notes_routes() {
	register_rest_route(
		SR_EDITOR_COMPANION_NAMESPACE,
		'/posts/(?P<id>\d+)/notes',
		array(
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => 'sr_editor_companion_list_notes',
				'permission_callback' => 'sr_editor_companion_can_edit_post',
				'args'                => array( 'id' => sr_editor_companion_id_arg() ),
			),
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => 'sr_editor_companion_add_note',
				'permission_callback' => 'sr_editor_companion_can_edit_post',
				'args'                => array(
					'id'        => sr_editor_companion_id_arg(),
					'content'   => array(
						'type'      => 'string',
						'default'   => '',
						'maxLength' => 10000,
					),
					'parent'    => array(
						'type'    => 'integer',
						'default' => 0,
						'minimum' => 0,
					),
					'quote'     => array(
						'type'      => 'string',
						'default'   => '',
						'maxLength' => 2000,
					),
					'status'    => array(
						'type'    => 'string',
						'enum'    => array( '', 'resolved', 'reopen' ),
						'default' => '',
					),
					'client_id' => array(
						'type'    => 'string',
						'default' => '',
						'pattern' => '^[A-Za-z0-9-]{0,64}$',
					),
				),
			),
		)
	);
}

/**
 * One note as the app reads it.
 *
 * @param WP_Comment $comment The note.
 * @return array
 */
function sr_editor_companion_note( $comment ) {
	$status = get_comment_meta( $comment->comment_ID, '_wp_note_status', true );
	return array(
		'id'       => (int) $comment->comment_ID,
		'parent'   => (int) $comment->comment_parent,
		'author'   => sr_editor_companion_user( $comment->user_id ),
		'date_gmt' => str_replace( ' ', 'T', $comment->comment_date_gmt ),
		'content'  => $comment->comment_content,
		'quote'    => (string) get_comment_meta( $comment->comment_ID, '_sr_editor_quote', true ),
		'status'   => is_string( $status ) ? $status : '',
	);
}

/**
 * The notes of a post, in the order they were written.
 *
 * @param int $post_id The post's id.
 * @return WP_Comment[]
 */
function sr_editor_companion_notes_of( $post_id ) {
	return get_comments(
		array(
			'post_id' => $post_id,
			'type'    => 'note',
			'status'  => 'all',
			'orderby' => array( 'comment_date_gmt', 'comment_ID' ),
			'order'   => 'ASC',
			'number'  => 2000,
		)
	);
}

/**
 * GET: every note of the post, flat; replies name their parent.
 *
 * @param WP_REST_Request $request The request.
 * @return WP_REST_Response
 */
function sr_editor_companion_list_notes( $request ) {
	return rest_ensure_response( array_map( 'sr_editor_companion_note', sr_editor_companion_notes_of( (int) $request['id'] ) ) );
}

/**
 * POST: a new note, a reply, or a change of status (a reply with `status`); a client id already used answers the
 * note it made.
 *
 * @param WP_REST_Request $request The request.
 * @return WP_REST_Response|WP_Error
 */
function sr_editor_companion_add_note( $request ) {
	$post_id = (int) $request['id'];
	$parent  = (int) $request['parent'];
	$status  = (string) $request['status'];
	$content = trim( (string) $request['content'] );
	$client  = (string) $request['client_id'];
	if ( '' !== $client ) {
		foreach ( sr_editor_companion_notes_of( $post_id ) as $existing ) {
			if ( get_comment_meta( $existing->comment_ID, '_sr_editor_client_id', true ) === $client ) {
				return rest_ensure_response( sr_editor_companion_note( $existing ) );
			}
		}
	}
	if ( '' === $content && '' === $status ) {
		return new WP_Error( 'sr_editor_empty_note', __( 'A note needs some text.', 'sr-editor-companion' ), array( 'status' => 400 ) );
	}
	if ( '' !== $status && 0 === $parent ) {
		return new WP_Error( 'sr_editor_status_needs_parent', __( 'Only a note can be resolved or reopened.', 'sr-editor-companion' ), array( 'status' => 400 ) );
	}
	if ( $parent ) {
		$above = get_comment( $parent );
		if ( ! $above || 'note' !== $above->comment_type || (int) $above->comment_post_ID !== $post_id ) {
			return new WP_Error( 'sr_editor_invalid_parent', __( 'That note does not exist on this post.', 'sr-editor-companion' ), array( 'status' => 404 ) );
		}
	}
	$user = wp_get_current_user();
	$id   = wp_insert_comment(
		array(
			'comment_post_ID'      => $post_id,
			'comment_parent'       => $parent,
			'comment_type'         => 'note',
			'comment_content'      => wp_kses_post( $content ),
			'comment_approved'     => 1,
			'user_id'              => $user->ID,
			'comment_author'       => $user->display_name,
			'comment_author_email' => $user->user_email,
		)
	);
	if ( ! $id ) {
		return new WP_Error( 'sr_editor_note_not_saved', __( 'The note could not be saved.', 'sr-editor-companion' ), array( 'status' => 500 ) );
	}
	if ( '' !== (string) $request['quote'] && 0 === $parent ) {
		add_comment_meta( $id, '_sr_editor_quote', wp_slash( (string) $request['quote'] ), true );
	}
	if ( '' !== $status ) {
		add_comment_meta( $id, '_wp_note_status', $status, true );
	}
	if ( '' !== $client ) {
		add_comment_meta( $id, '_sr_editor_client_id', $client, true );
	}
	$response = rest_ensure_response( sr_editor_companion_note( get_comment( $id ) ) );
	$response->set_status( 201 );
	return $response;
}
