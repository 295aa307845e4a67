// The workshop's addresses: a scenario id in the path, a flip only ever in the fragment.
export const WORKSHOP_PATH = '/workshop';
export const COMPARE_PATH = '/workshop/compare';
export const scenarioPath = (id: string) => `${WORKSHOP_PATH}/${id}`;
export const presentPath = (id: string) => `${scenarioPath(id)}/present`;
export const handoutPath = (id: string) => `${scenarioPath(id)}/handout`;
export const notesPath = (id: string) => `${scenarioPath(id)}/notes`;
export const GUIDE_PATH = '/workshop/guide';
