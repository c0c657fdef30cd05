// The block in the editor: the widget itself as the preview, following each
// setting as it changes, and the settings in the sidebar (the accent from
// WordPress's colour picker, with the theme's palette). Plain JavaScript over
// WordPress's globals, so the plugin needs no build step. The published page
// renders through block/render.php.
( function ( wp ) {
	const { registerBlockType } = wp.blocks;
	const { createElement: el, Fragment } = wp.element;
	const { InspectorControls, PanelColorSettings, useBlockProps } =
		wp.blockEditor;
	const { PanelBody, SelectControl, TextControl } = wp.components;
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

	registerBlockType( 'cio-cmo-advisor/advisor', {
		edit: function Edit( { attributes, setAttributes } ) {
			// A cleared setting (the colour picker's Clear gives undefined) is ''.
			const set = ( name ) => ( value ) =>
				setAttributes( { [ name ]: value || '' } );
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
							label: __( 'Questionnaire file', 'cio-cmo-advisor' ),
							help: __(
								'Optional. Your own content file on this site, e.g. /advisor/our-questionnaire.json: your wording, weights and languages. Leave empty for the built-in questionnaire.',
								'cio-cmo-advisor'
							),
							value: attributes.content,
							onChange: set( 'content' ),
						} ),
						el( TextControl, {
							label: __(
								'Link for visitors without JavaScript',
								'cio-cmo-advisor'
							),
							help: __(
								'Optional. Shown with a short sentence to visitors whose browser cannot run the questionnaire, e.g. a plain version or a PDF.',
								'cio-cmo-advisor'
							),
							type: 'url',
							value: attributes.fallbackUrl,
							onChange: set( 'fallbackUrl' ),
						} )
					),
					el( PanelColorSettings, {
						title: __( 'Colour', 'cio-cmo-advisor' ),
						colorSettings: [
							{
								label: __( 'Accent', 'cio-cmo-advisor' ),
								value: attributes.accent || undefined,
								onChange: set( 'accent' ),
							},
						],
					} )
				),
				el(
					'div',
					useBlockProps(),
					// Inert: a preview of what visitors first see. Clicks select
					// the block, and nothing is answered or saved in the editor.
					el( 'cio-cmo-advisor', {
						lang: attributes.lang || undefined,
						theme: attributes.theme || undefined,
						accent: attributes.accent || undefined,
						company: attributes.company || undefined,
						content: attributes.content || undefined,
						inert: '',
					} )
				)
			);
		},
		// Rendered on the server (render.php): nothing is saved in the post but the attributes.
		save() {
			return null;
		},
	} );
} )( window.wp );
