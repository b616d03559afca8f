import { msg } from '@lit/localize';
import type { StepId } from '@kommune-widgets/schema';
import { methodId, type MethodId } from './method-names.js';

/** KS' example methods on each step of the deltakelsestrapp, by id. */
export const STEP_METHODS: Record<StepId, readonly MethodId[]> = {
  informere: ['nettside', 'nyhetsbrev', 'folkemøte'],
  spørre: ['høring', 'offentlig-ettersyn', 'meningsmåling', 'innbyggerpanel'],
  'snakke-med': ['plansmie', 'fremtidsverksted', 'e-demokrati', 'gjestebud', 'ordførerbenk', 'demokraticafé'],
  dagsorden: ['barnetråkk', 'innbyggerforslag', 'sosiale-medier'],
  rattet: ['kommunedelsutvalg', 'institusjonsstyre', 'ungdommens-kommunestyre', 'folkeavstemning'],
};

/**
 * The name of a known method in the current language, whether the editor wrote its id or its name
 * ("Ungdommens kommunestyre", "høyring"); `undefined` for the kommune's own free text. Call while rendering.
 */
export function methodLabel(method: string): string | undefined {
  switch (methodId(method)) {
    case 'nettside':
      return msg('Nettside', { id: 'ladder.method.nettside' });
    case 'nyhetsbrev':
      return msg('Nyhetsbrev', { id: 'ladder.method.nyhetsbrev' });
    case 'folkemøte':
      return msg('Folkemøte', { id: 'ladder.method.folkemote' });
    case 'høring':
      return msg('Høring', { id: 'ladder.method.horing' });
    case 'offentlig-ettersyn':
      return msg('Offentlig ettersyn', { id: 'ladder.method.ettersyn' });
    case 'meningsmåling':
      return msg('Meningsmålinger', { id: 'ladder.method.meningsmaling' });
    case 'innbyggerpanel':
      return msg('Innbyggerpanel', { id: 'ladder.method.innbyggerpanel' });
    case 'plansmie':
      return msg('Plansmie', { id: 'ladder.method.plansmie' });
    case 'fremtidsverksted':
      return msg('Fremtidsverksted', { id: 'ladder.method.fremtidsverksted' });
    case 'e-demokrati':
      return msg('E-demokrati', { id: 'ladder.method.edemokrati' });
    case 'gjestebud':
      return msg('Gjestebud', { id: 'ladder.method.gjestebud' });
    case 'ordførerbenk':
      return msg('Ordførerbenk', { id: 'ladder.method.ordforerbenk' });
    case 'demokraticafé':
      return msg('Demokraticafé', { id: 'ladder.method.demokraticafe' });
    case 'barnetråkk':
      return msg('Barnetråkk', { id: 'ladder.method.barnetrakk' });
    case 'innbyggerforslag':
      return msg('Innbyggerforslag', { id: 'ladder.method.innbyggerforslag' });
    case 'sosiale-medier':
      return msg('Dagsordensetting i sosiale medier', { id: 'ladder.method.sosialemedier' });
    case 'kommunedelsutvalg':
      return msg('Kommunedelsutvalg', { id: 'ladder.method.kommunedelsutvalg' });
    case 'institusjonsstyre':
      return msg('Styre for institusjon', { id: 'ladder.method.institusjonsstyre' });
    case 'ungdommens-kommunestyre':
      return msg('Barne- og ungdommens kommunestyre', { id: 'ladder.method.ungdommenskommunestyre' });
    case 'folkeavstemning':
      return msg('Rådgivende folkeavstemning', { id: 'ladder.method.folkeavstemning' });
    case undefined:
      return undefined;
  }
}
