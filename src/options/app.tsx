import { t } from '../shared/i18n';
import { musicSettings } from '../shared/stores';
import { RepairNote } from '../ui/repair-note';
import { CameraSettings } from './camera-settings';
import { Diagnostics } from './diagnostics';
import { MappingSettings } from './mapping-settings';
import { PrivacySection } from './privacy-section';
import { ProviderSettings } from './provider-settings';
import { SpotifySettings } from './spotify-settings';
import { SuggestSettings } from './suggest-settings';
import { Welcome } from './welcome';

export function App() {
  return (
    <main>
      <h1>{t('options_title')}</h1>
      <RepairNote of={musicSettings.mapping} item={musicSettings.mappingBackup} />
      <Welcome />
      <CameraSettings />
      <ProviderSettings />
      <SpotifySettings />
      <SuggestSettings />
      <MappingSettings />
      <Diagnostics />
      <PrivacySection />
    </main>
  );
}
