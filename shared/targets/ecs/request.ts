// Checks across the ECS deploy inputs (same names in deploy-ecs and the root release action),
// before any AWS call: image xor images, each image, the migration command, the task-definition file.
import { InputError } from '../../action/errors.js';
import { IMAGE_ACCEPTED, imageProblem } from './image.js';
import { migrationCommand } from './command.js';
import { readTaskDefinitionFile, type TaskDefinitionFile } from './file.js';

export const MIGRATION_COMMAND_ACCEPTED =
  'a command run with sh -c, or a JSON array such as ["npm","run","migrate"]';

export interface EcsDeployInputs {
  image: string;
  images: Record<string, string>;
  'migration-command': string;
  'task-definition': string;
}

export function validateEcsInputs(values: EcsDeployInputs): {
  file?: TaskDefinitionFile;
  command?: string[];
} {
  if (values.image && Object.keys(values.images).length)
    throw new InputError(
      'images',
      Object.keys(values.images).join(', '),
      "either 'image' (with 'container') or 'images', not both",
    );
  for (const [container, image] of Object.entries(values.images)) {
    const problem = imageProblem(image);
    if (problem)
      throw new InputError(
        'images',
        `${container}=${image}`,
        `container=image lines with ${IMAGE_ACCEPTED}`,
        problem,
      );
  }
  const result: { file?: TaskDefinitionFile; command?: string[] } = {};
  if (values['migration-command']) {
    const command = migrationCommand(values['migration-command']);
    if (!command)
      throw new InputError(
        'migration-command',
        values['migration-command'],
        MIGRATION_COMMAND_ACCEPTED,
        'a JSON array of strings was expected',
      );
    result.command = command;
  }
  if (values['task-definition']) result.file = readTaskDefinitionFile(values['task-definition']);
  return result;
}

/** The images a deploy-ecs run puts in the new revision: `image`/`images`, else the file's. */
export function imagesToDeploy(
  values: { image: string; images: Record<string, string> },
  file:
    | { taskDefinition: { containerDefinitions?: Array<{ image?: string | undefined }> | undefined } }
    | undefined,
): string[] {
  const given = [values.image, ...Object.values(values.images)].filter(Boolean);
  if (given.length) return given;
  return (file?.taskDefinition.containerDefinitions ?? []).flatMap((c) => (c.image ? [c.image] : []));
}
