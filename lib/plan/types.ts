/**
 * The brand plan after validation, with every default filled in (SPEC section 2 — contract
 * `brandline/plan@1`). The zod schema in ./schema.ts parses raw JSON into exactly this shape;
 * everything else in the product reads plans through this type only.
 */
import type { ChannelId } from '../engine/types';

export const PLAN_SCHEMA_ID = 'brandline/plan@1' as const;

export type Locale = 'en' | 'nb';
export type Formality = 'casual' | 'neutral' | 'formal';

/** KPI ids of SPEC section 5; `engagementRate.<contentType>` and `budgetPacing.<campaignId>` are templated. */
export type KpiId = string;

export interface Audience {
  id: string;
  name: string;
  description?: string;
  /** Absent: the audience applies to every channel. */
  channels?: ChannelId[];
  readingGrade?: number;
}

export interface Goal {
  id: string;
  kpi: KpiId;
  channel: ChannelId | 'all';
  target: number;
  /** YYYY-MM-DD */
  due: string;
}

export interface BannedTerm {
  term: string;
  reason?: string;
  suggest?: string;
}

export interface PreferredTerm {
  use: string;
  insteadOf: string[];
}

export interface SpellingTerm {
  term: string;
}

export interface Utm {
  source?: string;
  medium?: string;
  campaign?: string;
}

export interface ChannelRules {
  enabled: boolean;
  /** In the channel's own unit (X: twitter-text weighted length; others: code points). */
  maxLength: number;
  hashtags: { min?: number; max?: number; required: string[]; banned: string[] };
  mentions: { max?: number };
  emoji: { max?: number };
  cta: { required: boolean; phrases: string[] };
  links: { required: boolean; brandDomains: string[]; utm?: Utm };
}

export interface ReplyTemplate {
  id: string;
  name: string;
  text: string;
}

export interface Campaign {
  id: string;
  name: string;
  channel: ChannelId;
  budget: number;
  currency: string;
  /** YYYY-MM-DD */
  start: string;
  /** YYYY-MM-DD */
  end: string;
}

export interface Plan {
  schema: typeof PLAN_SCHEMA_ID;
  id: string;
  name: string;
  locale: Locale;
  identity: {
    /** Default ''. */
    mission: string;
    /** Default ''. */
    valueProposition: string;
    voice: {
      traits: string[];
      /** Default 'neutral'. */
      formality: Formality;
      /** Default −0.05. */
      minSentiment: number;
    };
  };
  audiences: Audience[];
  goals: Goal[];
  terms: {
    banned: BannedTerm[];
    preferred: PreferredTerm[];
    spelling: SpellingTerm[];
  };
  /** Always holds all three channels after parsing (missing ones get defaults). */
  channels: Record<ChannelId, ChannelRules>;
  moderation: {
    crisisKeywords: string[];
    replyTemplates: ReplyTemplate[];
    /** Default ''. */
    escalation: string;
  };
  campaigns: Campaign[];
}
