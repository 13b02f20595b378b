/** A well-formed destination or ingestion id that no run ever creates: what "does not exist" is asked with. */
export const NEVER_CREATED_ID = "00000000-0000-4000-8000-00000000dead";
