// Hangul → ASCII by the Revised Romanization of Korean, syllable by syllable (no sound-change rules: that is how
// given names are spelt in passports, e.g. 민준 → minjun, 서연 → seoyeon). Surnames have conventional spellings
// (이 → lee, 박 → park) and are romanised from the surname table instead. Pure.

// Jamo in Unicode order. Initial ㅇ is silent; finals are the 7 sounds a syllable can end in.
const INITIALS = 'g,kk,n,d,tt,r,m,b,pp,s,ss,,j,jj,ch,k,t,p,h'.split(',');
const MEDIALS = 'a,ae,ya,yae,eo,e,yeo,ye,o,wa,wae,oe,yo,u,wo,we,wi,yu,eu,ui,i'.split(',');
const FINALS = ',k,k,k,n,n,n,t,l,k,m,l,l,l,p,l,m,p,p,t,t,ng,t,t,k,t,p,t'.split(',');

const FIRST_SYLLABLE = 0xac00;
const LAST_SYLLABLE = 0xd7a3;

/** Romanises precomposed Hangul syllables; any other character is kept as it is. */
export function romanizeHangul(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < FIRST_SYLLABLE || code > LAST_SYLLABLE) {
      out += ch;
      continue;
    }
    const index = code - FIRST_SYLLABLE;
    out += INITIALS[Math.floor(index / 588)] + MEDIALS[Math.floor((index % 588) / 28)] + FINALS[index % 28];
  }
  return out;
}
