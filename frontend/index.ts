// The client's entry script: Vaadin's own (Flow's server-side routes through its client router), plus the chart
// element. Here rather than only in the view's component chunk, which the client loads after its init round trip,
// so that the first chart is drawn into the first paint (org.mtad.ui.FirstPaint) while the client is still starting.
import './apex-chart.js';
import { Router } from '@vaadin/router';
import { Flow } from 'Frontend/generated/jar-resources/Flow.js';

const { serverSideRoutes } = new Flow({
  imports: () => import('Frontend/generated/flow/generated-flow-imports.js'),
});

const router = new Router(document.querySelector('#outlet'));
router.setRoutes([...serverSideRoutes]);
