/**
 * The design, each fact once: colours, the map's marks, the type scale of its names, the
 * page's breakpoints and the map controls' sizes. The map style, the poster and the previews
 * import them from here; the page reads the colours as custom properties from app.css.
 */
export * from './breakpoints';
export * from './colours';
export * from './label-type';
export * from './map-controls';
export * from './marks';
