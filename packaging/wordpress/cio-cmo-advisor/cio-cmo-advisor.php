<?php
/**
 * Plugin Name:       CIO–CMO Collaboration Advisor
 * Description:       A questionnaire for executives that recommends one of three CIO–CMO collaboration models, with the reasons and first steps. Runs entirely in the visitor's browser. Use the block or the [cio_cmo_advisor] shortcode.
 * Version:           0.0.0-set-by-release
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       cio-cmo-advisor
 * Domain Path:       /languages
 *
 * @package CioCmoAdvisor
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'CIO_CMO_ADVISOR_VERSION', '0.0.0-set-by-release' );

/** Longest company name the widget uses (the widget enforces the same). */
define( 'CIO_CMO_ADVISOR_COMPANY_MAX', 80 );

/**
 * Languages the widget speaks. Filterable for a build with more languages.
 *
 * @return string[]
 */
function cio_cmo_advisor_languages() {
	return (array) apply_filters( 'cio_cmo_advisor_languages', array( 'id', 'en' ) );
}

/**
 * Themes the widget knows.
 *
 * @return string[]
 */
function cio_cmo_advisor_themes() {
	return array( 'light', 'dark', 'auto' );
}

/**
 * An accent colour, or '' when it is not one: a hex colour, or a plain CSS
 * colour name such as "rebeccapurple". Anything else (functions, quotes,
 * semicolons, markup) is dropped, so nothing can break out of the attribute.
 *
 * @param string $value The attribute as given.
 * @return string
 */
function cio_cmo_advisor_accent( $value ) {
	$value = strtolower( trim( (string) $value ) );
	$hex   = sanitize_hex_color( $value );
	if ( $hex ) {
		return $hex;
	}
	return preg_match( '/^[a-z]{3,20}$/', $value ) ? $value : '';
}

/**
 * A content file's URL when it is on this site, or '' when it is not: a path
 * from the site's root ("/wp-content/uploads/advisor/our-questionnaire.json")
 * or a full URL with the site's own scheme, host and port. The visitor's
 * browser fetches it, so a file from anywhere else would put someone else's
 * questionnaire on this site. Backslashes, spaces and control characters are
 * refused outright: browsers read "/\evil.example" as "//evil.example".
 *
 * @param string $value The attribute as given.
 * @return string
 */
function cio_cmo_advisor_content_url( $value ) {
	$value = trim( (string) $value );
	if ( '' === $value || preg_match( '/[\\\\\s\x00-\x1f\x7f]/', $value ) ) {
		return '';
	}
	if ( preg_match( '#^/(?!/)#', $value ) ) {
		return esc_url_raw( $value ) === $value ? $value : '';
	}
	$url  = esc_url_raw( $value, array( 'http', 'https' ) );
	$site = wp_parse_url( home_url() );
	$file = wp_parse_url( $url );
	$same = static function ( $key, $default = '' ) use ( $site, $file ) {
		return strtolower( (string) ( isset( $site[ $key ] ) ? $site[ $key ] : $default ) )
			=== strtolower( (string) ( isset( $file[ $key ] ) ? $file[ $key ] : $default ) );
	};
	$on_site = is_array( $file ) && isset( $file['host'] ) && ! isset( $file['user'] )
		&& $same( 'scheme' ) && $same( 'host' ) && $same( 'port' );
	return $on_site ? $url : '';
}

/**
 * Validated settings from shortcode or block attributes: the element's
 * attributes (invalid or empty values are left out, so the widget uses its
 * defaults) and the fallback link, '' when there is none.
 *
 * @param array|string $raw Attributes as given by the author ('' for a shortcode without any).
 * @return array{attributes: array<string,string>, fallback_url: string} Values not yet escaped for HTML.
 */
function cio_cmo_advisor_settings( $raw ) {
	$raw = shortcode_atts(
		array(
			'lang'         => '',
			'theme'        => '',
			'accent'       => '',
			'company'      => '',
			'content'      => '',
			'id'           => '',
			'align'        => '',
			'fallback_url' => '',
		),
		is_array( $raw ) ? $raw : array(),
		'cio_cmo_advisor'
	);

	$attributes = array();
	$content    = cio_cmo_advisor_content_url( $raw['content'] );
	if ( '' !== $content ) {
		$attributes['content'] = $content;
	}
	// A content file declares its own languages; the widget checks the
	// attribute against them.
	$lang = strtolower( trim( (string) $raw['lang'] ) );
	if ( in_array( $lang, cio_cmo_advisor_languages(), true ) || ( '' !== $content && preg_match( '/^[a-z]{2,3}$/', $lang ) ) ) {
		$attributes['lang'] = $lang;
	}
	$theme = strtolower( trim( (string) $raw['theme'] ) );
	if ( in_array( $theme, cio_cmo_advisor_themes(), true ) ) {
		$attributes['theme'] = $theme;
	}
	$accent = cio_cmo_advisor_accent( $raw['accent'] );
	if ( '' !== $accent ) {
		$attributes['accent'] = $accent;
	}
	$company = sanitize_text_field( (string) $raw['company'] );
	if ( '' !== $company ) {
		$attributes['company'] = mb_substr( $company, 0, CIO_CMO_ADVISOR_COMPANY_MAX );
	}
	$id = sanitize_key( (string) $raw['id'] );
	if ( '' !== $id ) {
		$attributes['id'] = $id;
	}
	// The theme's wide and full widths, as for any block aligned so.
	$align = strtolower( trim( (string) $raw['align'] ) );
	if ( in_array( $align, array( 'wide', 'full' ), true ) ) {
		$attributes['class'] = 'align' . $align;
	}
	return array(
		'attributes'   => $attributes,
		'fallback_url' => esc_url_raw( trim( (string) $raw['fallback_url'] ), array( 'http', 'https' ) ),
	);
}

/**
 * The sentence a visitor reads when the browser runs no scripts, and the
 * fallback link's text, in the widget's language: its `lang` attribute, else
 * the site's, which is also what the widget follows.
 *
 * @param string $lang The validated `lang` attribute, or ''.
 * @return array{sentence: string, link: string}
 */
function cio_cmo_advisor_fallback_text( $lang ) {
	$texts = array(
		'id' => array(
			'sentence' => 'Kuesioner kolaborasi CIO–CMO ini berjalan di browser, sehingga JavaScript dan WebAssembly perlu diaktifkan.',
			'link'     => 'Buka versi sederhana kuesioner ini',
		),
		'en' => array(
			'sentence' => 'This CIO–CMO collaboration questionnaire runs in the browser and needs JavaScript and WebAssembly turned on.',
			'link'     => 'Open a plain version of this questionnaire',
		),
	);
	if ( '' === $lang ) {
		$lang = strtolower( strtok( (string) get_bloginfo( 'language' ), '-_' ) );
	}
	return isset( $texts[ $lang ] ) ? $texts[ $lang ] : $texts['en'];
}

/**
 * The widget's markup; the shortcode and the block both render through it.
 * Inside the element, a <noscript> holds the fallback: a browser without
 * scripts shows it, the loader shows it when the engine cannot run, and
 * nobody else ever sees it.
 *
 * @param array|string $raw Attributes as given by the author ('' for a shortcode without any).
 * @return string
 */
function cio_cmo_advisor_markup( $raw ) {
	cio_cmo_advisor_enqueue();
	$settings = cio_cmo_advisor_settings( $raw );
	$html     = '<cio-cmo-advisor';
	foreach ( $settings['attributes'] as $name => $value ) {
		$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	$text     = cio_cmo_advisor_fallback_text( isset( $settings['attributes']['lang'] ) ? $settings['attributes']['lang'] : '' );
	$fallback = esc_html( $text['sentence'] );
	if ( '' !== $settings['fallback_url'] ) {
		$fallback .= ' <a href="' . esc_url( $settings['fallback_url'] ) . '">' . esc_html( $text['link'] ) . '</a>';
	}
	return $html . '><noscript><p>' . $fallback . '</p></noscript></cio-cmo-advisor>';
}

/** The loader's URL, in the plugin's own folder. */
function cio_cmo_advisor_loader_url() {
	return plugins_url( 'assets/cio-cmo-advisor.js', __FILE__ );
}

/**
 * Registers the loader, a JavaScript module. WordPress 6.5+ has an API for
 * modules; on older versions the script tag is turned into a module tag.
 */
function cio_cmo_advisor_register_script() {
	if ( function_exists( 'wp_register_script_module' ) ) {
		wp_register_script_module( 'cio-cmo-advisor', cio_cmo_advisor_loader_url(), array(), CIO_CMO_ADVISOR_VERSION );
	} else {
		wp_register_script( 'cio-cmo-advisor', cio_cmo_advisor_loader_url(), array(), CIO_CMO_ADVISOR_VERSION, true );
	}
}
add_action( 'init', 'cio_cmo_advisor_register_script' );

/**
 * Registers one line of page CSS. Until its script runs, and in a browser
 * without scripts, the element is an unknown one, which CSS lays out inline:
 * the theme's layout rules (content width, alignment) would pass over it
 * and the fallback would run across the whole page. As a block it sits in
 * the text column from the start. The widget's own styles live in its
 * shadow root.
 */
function cio_cmo_advisor_register_style() {
	wp_register_style( 'cio-cmo-advisor', false, array(), CIO_CMO_ADVISOR_VERSION );
	wp_add_inline_style( 'cio-cmo-advisor', 'cio-cmo-advisor{display:block}' );
}
add_action( 'init', 'cio_cmo_advisor_register_style' );

/** Enqueues the loader and the page CSS; WordPress prints each once however many widgets a page has. */
function cio_cmo_advisor_enqueue() {
	wp_enqueue_style( 'cio-cmo-advisor' );
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'cio-cmo-advisor' );
	} else {
		wp_enqueue_script( 'cio-cmo-advisor' );
	}
}

// The block editor shows the widget itself as the block's preview.
add_action( 'enqueue_block_editor_assets', 'cio_cmo_advisor_enqueue' );

/**
 * Marks the loader's tag as a module (WordPress before 6.5).
 *
 * @param string $tag    The script tag.
 * @param string $handle The script handle.
 * @return string
 */
function cio_cmo_advisor_module_tag( $tag, $handle ) {
	if ( 'cio-cmo-advisor' !== $handle || false !== strpos( $tag, 'type="module"' ) ) {
		return $tag;
	}
	return preg_replace( '/<script(?: type=(["\'])text\/javascript\1)?/', '<script type="module"', $tag, 1 );
}
add_filter( 'script_loader_tag', 'cio_cmo_advisor_module_tag', 10, 2 );

/**
 * The shortcode: [cio_cmo_advisor lang="id" theme="auto" accent="#0b6e4f" company="PT Maju Jaya" content="/advisor/our-questionnaire.json"
 * align="wide" fallback_url="https://example.com/plain-version/"].
 *
 * @param array|string $atts Shortcode attributes.
 * @return string
 */
function cio_cmo_advisor_shortcode( $atts ) {
	return cio_cmo_advisor_markup( $atts );
}
add_shortcode( 'cio_cmo_advisor', 'cio_cmo_advisor_shortcode' );

/** The block (block/block.json), rendered on the server through the same markup. */
function cio_cmo_advisor_register_block() {
	load_plugin_textdomain( 'cio-cmo-advisor', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
	register_block_type( __DIR__ . '/block' );
	if ( function_exists( 'wp_set_script_translations' ) ) {
		wp_set_script_translations( 'cio-cmo-advisor-advisor-editor-script', 'cio-cmo-advisor', __DIR__ . '/languages' );
	}
}
add_action( 'init', 'cio_cmo_advisor_register_block' );
