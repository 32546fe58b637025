// DNS messages as they travel over the simulated network: a question (RFC 1035 §4.1.2:
// name, type) and an answer section with rcode. Encoded as JSON in the request/response
// body so that both sides (CoreDNS's behaviour, the stub resolver) stay small.

export type RRType = 'A' | 'AAAA' | 'SRV' | 'PTR' | 'CNAME' | 'TXT';
export type Rcode = 'NOERROR' | 'NXDOMAIN' | 'SERVFAIL' | 'REFUSED';

export interface Question {
  id: number;
  name: string;
  type: RRType;
}

export interface ResourceRecord {
  name: string;
  type: RRType;
  ttl: number;
  data: string;
}

export interface Response {
  rcode: Rcode;
  answers: ResourceRecord[];
}

export const encodeQuestion = (q: Question) => JSON.stringify(q);
export const encodeResponse = (r: Response) => JSON.stringify(r);

export function decodeQuestion(s: string): Question | undefined {
  try {
    const q = JSON.parse(s) as Question;
    return typeof q.name === 'string' ? q : undefined;
  } catch {
    return undefined;
  }
}

export function decodeResponse(s: string): Response | undefined {
  try {
    const r = JSON.parse(s) as Response;
    return typeof r.rcode === 'string' ? r : undefined;
  } catch {
    return undefined;
  }
}
