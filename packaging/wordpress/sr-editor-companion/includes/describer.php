<?php
/**
 * Volunteers with just enough rights: the `sr_describe_images` capability and the "Image describer" role let an
 * account set the alt text of any image (the media item and the image's alt in every post that shows it) and
 * nothing else. A post is changed only when the new content equals the stored content in everything but the
 * `alt` attributes of its tags: no other edit can pass through these routes.
 *
 * @package sr-editor-companion
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Creates the role, and gives the capability to editors and administrators (on activation).
 */
function sr_editor_companion_add_role() {
	add_role(
		'sr_image_describer',
		__( 'Image describer', 'sr-editor-companion' ),
		array(
			'read'               => true,
			'sr_describe_images' => true,
		)
	);
	foreach ( array( 'administrator', 'editor' ) as $name ) {
		$role = get_role( $name );
		if ( $role && ! $role->has_cap( 'sr_describe_images' ) ) {
			$role->add_cap( 'sr_describe_images' );
		}
	}
}

/**
 * The role exists even when the plugin was put in place without its activation hook running (a copied folder).
 */
function sr_editor_companion_ensure_role() {
	if ( ! get_role( 'sr_image_describer' ) ) {
		sr_editor_companion_add_role();
	}
}

/**
 * Permission of the describer routes.
 *
 * @return true|WP_Error
 */
function sr_editor_companion_can_describe() {
	if ( current_user_can( 'sr_describe_images' ) ) {
		return true;
	}
	return new WP_Error(
		'rest_forbidden',
		__( 'Sorry, you are not allowed to describe images on this site.', 'sr-editor-companion' ),
		array( 'status' => rest_authorization_required_code() )
	);
}

/**
 * Registers the describer routes.
 */
function sr_editor_companion_describer_routes() {
	$id = array( 'id' => sr_editor_companion_id_arg() );
	register_rest_route(
		SR_EDITOR_COMPANION_NAMESPACE,
		'/media/(?P<id>\d+)/alt',
		array(
			'methods'             => WP_REST_Server::CREATABLE,
			'callback'            => 'sr_editor_companion_set_media_alt',
			'permission_callback' => 'sr_editor_companion_can_describe',
			'args'                => array_merge(
				$id,
				array(
					'alt' => array(
						'type'      => 'string',
						'required'  => true,
						'maxLength' => 2000,
					),
				)
			),
		)
	);
	register_rest_route(
		SR_EDITOR_COMPANION_NAMESPACE,
		'/media/(?P<id>\d+)/uses',
		array(
			'methods'             => WP_REST_Server::READABLE,
			'callback'            => 'sr_editor_companion_media_uses',
			'permission_callback' => 'sr_editor_companion_can_describe',
			'args'                => $id,
		)
	);
	register_rest_route(
		SR_EDITOR_COMPANION_NAMESPACE,
		'/posts/(?P<id>\d+)/alt',
		array(
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => 'sr_editor_companion_post_source',
				'permission_callback' => 'sr_editor_companion_can_describe',
				'args'                => $id,
			),
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => 'sr_editor_companion_set_post_alts',
				'permission_callback' => 'sr_editor_companion_can_describe',
				'args'                => array_merge(
					$id,
					array(
						'content'      => array(
							'type'     => 'string',
							'required' => true,
						),
						'modified_gmt' => array(
							'type'     => 'string',
							'required' => true,
						),
					)
				),
			),
		)
	);
}

/**
 * POST media/<id>/alt: the media item's alt text.
 *
 * @param WP_REST_Request $request The request.
 * @return WP_REST_Response|WP_Error
 */
function sr_editor_companion_set_media_alt( $request ) {
	$media = get_post( (int) $request['id'] );
	if ( ! $media || 'attachment' !== $media->post_type || ! wp_attachment_is_image( $media ) ) {
		return new WP_Error( 'rest_post_invalid_id', __( 'Invalid media ID.', 'sr-editor-companion' ), array( 'status' => 404 ) );
	}
	$alt = sanitize_text_field( (string) $request['alt'] );
	update_post_meta( $media->ID, '_wp_attachment_image_alt', wp_slash( $alt ) );
	return rest_ensure_response(
		array(
			'id'       => $media->ID,
			'alt_text' => $alt,
		)
	);
}

/**
 * GET media/<id>/uses: the posts whose content shows the image (by its `wp-image-<id>` class or its file's URL).
 *
 * @param WP_REST_Request $request The request.
 * @return WP_REST_Response
 */
function sr_editor_companion_media_uses( $request ) {
	global $wpdb;
	$media_id = (int) $request['id'];
	$like     = '%' . $wpdb->esc_like( 'wp-image-' . $media_id ) . '%';
	$url      = wp_get_attachment_url( $media_id );
	$by_url   = $url ? '%' . $wpdb->esc_like( (string) wp_parse_url( $url, PHP_URL_PATH ) ) . '%' : $like;
	$ids      = $wpdb->get_col(
		$wpdb->prepare(
			"SELECT ID FROM $wpdb->posts WHERE post_type = 'post' AND post_status NOT IN ('trash', 'auto-draft', 'inherit') AND (post_content LIKE %s OR post_content LIKE %s) ORDER BY ID LIMIT 1000",
			$like,
			$by_url
		)
	);
	$uses     = array();
	foreach ( $ids as $id ) {
		$post   = get_post( (int) $id );
		$uses[] = array(
			'id'           => $post->ID,
			'title'        => $post->post_title,
			'status'       => $post->post_status,
			'modified_gmt' => str_replace( ' ', 'T', $post->post_modified_gmt ),
		);
	}
	return rest_ensure_response( $uses );
}

/**
 * GET posts/<id>/alt: the raw content a describer rewrites, with its modified time for the update's check.
 *
 * @param WP_REST_Request $request The request.
 * @return WP_REST_Response|WP_Error
 */
function sr_editor_companion_post_source( $request ) {
	$post = sr_editor_companion_post( $request['id'] );
	if ( is_wp_error( $post ) ) {
		return $post;
	}
	return rest_ensure_response(
		array(
			'id'           => $post->ID,
			'content'      => $post->post_content,
			'modified_gmt' => str_replace( ' ', 'T', $post->post_modified_gmt ),
		)
	);
}

/**
 * The content with every `alt` attribute of every tag taken out: what must stay equal.
 *
 * @param string $content Post content.
 * @return string
 */
function sr_editor_companion_without_alts( $content ) {
	return (string) preg_replace( '/(<[a-zA-Z][^<>]*?)\salt\s*=\s*(?:"[^"]*"|\'[^\']*\')/', '$1', $content );
}

/**
 * Every alt value of the new content is plain attribute text (no quote or angle bracket that could open markup).
 *
 * @param string $content Post content.
 * @return bool
 */
function sr_editor_companion_alts_are_clean( $content ) {
	preg_match_all( '/\salt\s*=\s*("[^"]*"|\'[^\']*\')/', $content, $found );
	foreach ( $found[1] as $value ) {
		if ( preg_match( '/[<>]/', substr( $value, 1, -1 ) ) ) {
			return false;
		}
	}
	return true;
}

/**
 * POST posts/<id>/alt: the post's content with new alt attributes, refused unless nothing else changed and the
 * post is still the version the describer read.
 *
 * @param WP_REST_Request $request The request.
 * @return WP_REST_Response|WP_Error
 */
function sr_editor_companion_set_post_alts( $request ) {
	$post = sr_editor_companion_post( $request['id'] );
	if ( is_wp_error( $post ) ) {
		return $post;
	}
	$new     = (string) $request['content'];
	$current = str_replace( ' ', 'T', $post->post_modified_gmt );
	if ( (string) $request['modified_gmt'] !== $current ) {
		return new WP_Error( 'sr_editor_changed', __( 'The post changed on the site since it was read.', 'sr-editor-companion' ), array( 'status' => 409, 'modified_gmt' => $current ) );
	}
	$rest_changed = sr_editor_companion_without_alts( $new ) !== sr_editor_companion_without_alts( $post->post_content );
	$loops        = substr_count( $new, '<' ) > 200000;
	if ( $rest_changed || $loops || ! sr_editor_companion_alts_are_clean( $new ) ) {
		return new WP_Error( 'sr_editor_not_only_alt', __( 'Only the alt text of images may change through this route.', 'sr-editor-companion' ), array( 'status' => 403 ) );
	}
	if ( $new === $post->post_content ) {
		return sr_editor_companion_post_source( $request );
	}
	// The content was accepted when it was written and only alt text differs: save it as it is, not filtered again
	// for an account that lacks unfiltered_html (which would strip a colleague's embeds).
	kses_remove_filters();
	$saved = wp_update_post(
		array(
			'ID'           => $post->ID,
			'post_content' => wp_slash( $new ),
		),
		true
	);
	kses_init_filters();
	if ( is_wp_error( $saved ) ) {
		return $saved;
	}
	clean_post_cache( $post->ID );
	return sr_editor_companion_post_source( $request );
}
