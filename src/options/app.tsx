import { CameraSettings } from './camera-settings';
import { Diagnostics } from './diagnostics';

export function App() {
  return (
    <main>
      <h1>Emotune settings</h1>
      <CameraSettings />
      <Diagnostics />
    </main>
  );
}
