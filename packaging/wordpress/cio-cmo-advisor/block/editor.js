// The block in the editor: a placeholder that shows the settings, and the
// settings themselves in the sidebar. Plain JavaScript over WordPress's
// globals, so the plugin needs no build step. The widget itself runs on the
// published page (block/render.php).
( function ( wp ) {
	const { registerBlockType } = wp.blocks;
	const { createElement: el, Fragment } = wp.element;
	const { InspectorControls, useBlockProps } = wp.blockEditor;
	const { PanelBody, SelectControl, TextControl, Placeholder } =
		wp.components;
	const { __ } = wp.i18n;

	const languages = [
		{ label: __( 'Follow the page', 'cio-cmo-advisor' ), value: '' },
		{ label: 'Bahasa Indonesia', value: 'id' },
		{ label: 'English', value: 'en' },
	];
	const themes = [
		{ label: __( 'Light', 'cio-cmo-advisor' ), value: '' },
		{ label: __( 'Dark', 'cio-cmo-advisor' ), value: 'dark' },
		{
			label: __( 'Follow the visitor’s system', 'cio-cmo-advisor' ),
			value: 'auto',
		},
	];
	const labelOf = ( options, value ) =>
		( options.find( ( option ) => option.value === value ) || options[ 0 ] )
			.label;

	registerBlockType( 'cio-cmo-advisor/advisor', {
		edit: function Edit( { attributes, setAttributes } ) {
			const set = ( name ) => ( value ) =>
				setAttributes( { [ name ]: value } );
			return el(
				Fragment,
				null,
				el(
					InspectorControls,
					null,
					el(
						PanelBody,
						{ title: __( 'Advisor settings', 'cio-cmo-advisor' ) },
						el( SelectControl, {
							label: __( 'Language', 'cio-cmo-advisor' ),
							value: attributes.lang,
							options: languages,
							onChange: set( 'lang' ),
						} ),
						el( SelectControl, {
							label: __( 'Theme', 'cio-cmo-advisor' ),
							value: attributes.theme,
							options: themes,
							onChange: set( 'theme' ),
						} ),
						el( TextControl, {
							label: __( 'Company name', 'cio-cmo-advisor' ),
							help: __(
								'Used in the questions, e.g. “Which model fits PT Maju Jaya?”. Up to 80 characters.',
								'cio-cmo-advisor'
							),
							value: attributes.company,
							maxLength: 80,
							onChange: set( 'company' ),
						} ),
						el( TextControl, {
							label: __( 'Accent colour', 'cio-cmo-advisor' ),
							help: __(
								'A hex colour such as #0b6e4f, or a colour name. Empty: the default green.',
								'cio-cmo-advisor'
							),
							value: attributes.accent,
							onChange: set( 'accent' ),
						} )
					)
				),
				el(
					'div',
					useBlockProps(),
					el(
						Placeholder,
						{
							icon: 'groups',
							label: __(
								'CIO–CMO Collaboration Advisor',
								'cio-cmo-advisor'
							),
							instructions: __(
								'Visitors answer 15 questions and get the collaboration model that fits their company. The questionnaire appears on the published page.',
								'cio-cmo-advisor'
							),
						},
						el(
							'p',
							null,
							__( 'Language:', 'cio-cmo-advisor' ) +
								' ' +
								labelOf( languages, attributes.lang ) +
								' · ' +
								__( 'Theme:', 'cio-cmo-advisor' ) +
								' ' +
								labelOf( themes, attributes.theme ) +
								' · ' +
								__( 'Company:', 'cio-cmo-advisor' ) +
								' ' +
								( attributes.company ||
									__( 'not set', 'cio-cmo-advisor' ) )
						)
					)
				)
			);
		},
		// Rendered on the server (render.php): nothing is saved in the post but the attributes.
		save() {
			return null;
		},
	} );
} )( window.wp );
