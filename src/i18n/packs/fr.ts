/** French, loaded on demand (see ../languages.ts): the messages and the country names. */
import countryNames from 'i18n-iso-countries/langs/fr.json';

export { fr as messages } from '../fr';
export { countryNames };
