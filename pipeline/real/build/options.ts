import type { Boundaries } from '../../geo/boundaries';
import type { LevelBoundaries } from '../../geo/levels';
import type { GeoResolver } from '../codes';
import type { Config } from '../config';
import type { BuildReport } from '../report';

export interface BuildOptions {
  config: Config;
  /** For the report. */
  configPath?: string;
  cacheDir: string;
  /** Where to write; without it nothing is written (the files and report are returned). */
  outDir?: string;
  /** The catalog's "generated" date (default: today, UTC). */
  generated?: string;
  /** Build from the sources that are cached and readable, leaving the others out (default: all or nothing). */
  partial?: boolean;
  /** Allow writing over public/data, the committed real snapshot. */
  replaceSnapshot?: boolean;
  boundaries?: Boundaries;
  /** The levels below the country (their catalog entries and units); sources at a level need it. */
  levels?: readonly LevelBoundaries[];
  resolver?: GeoResolver;
}

export interface BuildResult {
  files: Map<string, unknown>;
  report: BuildReport;
}
