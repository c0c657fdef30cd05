<?php
/**
 * Front end of the block: the same markup as the shortcode, in the block's wrapper.
 *
 * @package CioCmoAdvisor
 *
 * @var array $attributes The block's attributes.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

// The wrapper carries the block's alignment, so the element itself takes none.
$cio_cmo_advisor_settings = array(
	'align'        => '',
	'fallback_url' => $attributes['fallbackUrl'],
) + $attributes;
?>
<div <?php echo get_block_wrapper_attributes(); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped by WordPress. ?>>
	<?php echo cio_cmo_advisor_markup( $cio_cmo_advisor_settings ); // phpcs:ignore WordPress.Security.EscapeOutput -- every attribute is validated and passed through esc_attr. ?>
</div>
