/** Every clean-up filter, in the order they run. Add a filter here and in its own file. */
import type { Filter } from './filter';
import { iconLabels } from './icon-labels';
import { commentBanners } from './comment-banners';
import { playerLeftovers } from './player-leftovers';
import { shareAndFollow } from './share-and-follow';
import { promos } from './promos';
import { duplicateTitle } from './duplicate-title';
import { navigation } from './navigation';
import { bylines } from './bylines';
import { credits } from './credits';
import { markupLeftovers } from './markup-leftovers';

export const filters: readonly Filter[] = [
  iconLabels,
  commentBanners,
  playerLeftovers,
  shareAndFollow,
  promos,
  duplicateTitle,
  navigation,
  bylines,
  credits,
  markupLeftovers,
];
