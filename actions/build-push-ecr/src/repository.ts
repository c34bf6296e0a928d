// Ensure the ECR repository: create it when missing with the requested settings; never change an
// existing one, but report where its settings differ from the inputs.
import {
  CreateRepositoryCommand,
  DescribeRepositoriesCommand,
  PutLifecyclePolicyCommand,
  type ECRClient,
  type Repository,
} from '@aws-sdk/client-ecr';
import { ActionError } from '../../../shared/action/errors.js';
import { isNotFound } from '../../../shared/aws/errors.js';

export interface RepositorySettings {
  name: string;
  create: boolean;
  mutability: 'MUTABLE' | 'IMMUTABLE';
  scanOnPush: boolean;
  encryption: 'AES256' | 'KMS';
  kmsKey: string | undefined;
  keepImages: number | undefined;
  tags: Record<string, string>;
}

export interface EnsuredRepository {
  uri: string;
  registryId: string;
  created: boolean;
  mutability: string;
  scanOnPush: boolean;
  /** Wildcard filters of tags exempt from the mutability setting (…_WITH_EXCLUSION). */
  exclusionFilters: string[];
  /** Settings of an existing repository that differ from the inputs, in words. */
  differences: string[];
}

export function lifecyclePolicy(keep: number): string {
  return JSON.stringify({
    rules: [
      {
        rulePriority: 1,
        description: 'Expire untagged images after one day',
        selection: {
          tagStatus: 'untagged',
          countType: 'sinceImagePushed',
          countUnit: 'days',
          countNumber: 1,
        },
        action: { type: 'expire' },
      },
      {
        rulePriority: 2,
        description: `Keep the newest ${keep} tagged images`,
        selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: keep },
        action: { type: 'expire' },
      },
    ],
  });
}

export function differencesFrom(repository: Repository, wanted: RepositorySettings): string[] {
  const found: string[] = [];
  const mutability = repository.imageTagMutability ?? 'MUTABLE';
  if (!mutability.startsWith(wanted.mutability))
    found.push(`image-tag-mutability is ${mutability}, the input asks for ${wanted.mutability}`);
  const scan = repository.imageScanningConfiguration?.scanOnPush ?? false;
  if (scan !== wanted.scanOnPush)
    found.push(`scan-on-push is ${scan}, the input asks for ${wanted.scanOnPush}`);
  const encryption = repository.encryptionConfiguration?.encryptionType ?? 'AES256';
  if (!encryption.startsWith(wanted.encryption))
    found.push(`encryption is ${encryption}, the input asks for ${wanted.encryption}`);
  return found;
}

async function describe(ecr: ECRClient, name: string): Promise<Repository | undefined> {
  try {
    const result = await ecr.send(new DescribeRepositoriesCommand({ repositoryNames: [name] }));
    return result.repositories?.[0];
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

export function ensured(repository: Repository, created: boolean, differences: string[]): EnsuredRepository {
  if (!repository.repositoryUri || !repository.registryId)
    throw new ActionError(`ECR returned repository ${repository.repositoryName ?? ''} without its URI.`);
  return {
    uri: repository.repositoryUri,
    registryId: repository.registryId,
    created,
    mutability: repository.imageTagMutability ?? 'MUTABLE',
    scanOnPush: repository.imageScanningConfiguration?.scanOnPush ?? false,
    exclusionFilters: (repository.imageTagMutabilityExclusionFilters ?? []).flatMap((f) =>
      f.filter ? [f.filter] : [],
    ),
    differences,
  };
}

export async function ensureRepository(
  ecr: ECRClient,
  wanted: RepositorySettings,
): Promise<EnsuredRepository> {
  const existing = await describe(ecr, wanted.name);
  if (existing) return ensured(existing, false, differencesFrom(existing, wanted));
  if (!wanted.create)
    throw new ActionError(
      `ECR repository ${wanted.name} does not exist and create-repository is false: create it, or set create-repository: true.`,
    );
  let created: Repository | undefined;
  try {
    const result = await ecr.send(
      new CreateRepositoryCommand({
        repositoryName: wanted.name,
        imageTagMutability: wanted.mutability,
        imageScanningConfiguration: { scanOnPush: wanted.scanOnPush },
        encryptionConfiguration: {
          encryptionType: wanted.encryption,
          kmsKey: wanted.encryption === 'KMS' && wanted.kmsKey ? wanted.kmsKey : undefined,
        },
        tags: Object.keys(wanted.tags).length
          ? Object.entries(wanted.tags).map(([Key, Value]) => ({ Key, Value }))
          : undefined,
      }),
    );
    created = result.repository;
  } catch (error) {
    // Another job of the same matrix created it between our look and our create.
    if ((error as { name?: string }).name !== 'RepositoryAlreadyExistsException') throw error;
    const raced = await describe(ecr, wanted.name);
    if (!raced) throw error;
    return ensured(raced, false, differencesFrom(raced, wanted));
  }
  if (!created) throw new ActionError(`ECR did not return the repository ${wanted.name} it created.`);
  if (wanted.keepImages !== undefined)
    await ecr.send(
      new PutLifecyclePolicyCommand({
        repositoryName: wanted.name,
        lifecyclePolicyText: lifecyclePolicy(wanted.keepImages),
      }),
    );
  return ensured(created, true, []);
}
