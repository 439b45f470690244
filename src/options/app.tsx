import { CameraSettings } from './camera-settings';
import { Diagnostics } from './diagnostics';
import { MappingSettings } from './mapping-settings';
import { ProviderSettings } from './provider-settings';
import { SpotifySettings } from './spotify-settings';
import { SuggestSettings } from './suggest-settings';
import { Welcome } from './welcome';

export function App() {
  return (
    <main>
      <h1>Emotune settings</h1>
      <Welcome />
      <CameraSettings />
      <ProviderSettings />
      <SpotifySettings />
      <SuggestSettings />
      <MappingSettings />
      <Diagnostics />
    </main>
  );
}
