/**
 * The 404 page is served for every unknown URL, so the URL cannot tell the layout what this
 * page is; its data can, and it travels with the prerendered HTML into hydration.
 */
export const load = () => ({ notFound: true });
