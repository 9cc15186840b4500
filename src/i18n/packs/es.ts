/** Spanish, loaded on demand (see ../languages.ts): the messages and the country names. */
import countryNames from 'i18n-iso-countries/langs/es.json';

export { es as messages } from '../es';
export { countryNames };
