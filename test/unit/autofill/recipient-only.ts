// The Pismo ogólne recipe with its recipient field alone: the recipient-search tests fill just that.
import { pismoOgolneRecipe } from '../../../lib/sites/epuap';

export const recipientOnly = {
  ...pismoOgolneRecipe,
  fields: pismoOgolneRecipe.fields.filter((f) => f.key === 'recipient'),
};
