<?php // phpcs:ignore WordPress.Files.FileName.NotHyphenatedLowercase -- block.json's "file:./editor.js" makes WordPress look for exactly this name.
/**
 * Dependencies of the block's editor script, which uses WordPress's globals
 * and needs no build step.
 *
 * @package CioCmoAdvisor
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
	'version'      => '0.0.0-set-by-release',
);
