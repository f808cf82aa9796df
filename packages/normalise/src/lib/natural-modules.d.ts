/** Types for the two natural modules similarity.ts loads directly (natural types only its indexes). */
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  const JaroWinklerDistance: (a: string, b: string, options?: object) => number;
  export default JaroWinklerDistance;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem: (word: string) => string };
  export default PorterStemmer;
}
