/** The review page of `npm run edit` (src/lib/server/editor serves it and its API). */
import { mount } from 'svelte';
import '../app.css';
import './review.css';
import Review from '../lib/components/editor/Review.svelte';

mount(Review, { target: document.getElementById('review')! });
