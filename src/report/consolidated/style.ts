// The consolidated report's own rules, shared by the page stylesheet and the HTML report: tables wide enough to
// read (they scroll sideways on a phone rather than break every word), badges spaced, charts given room.
export const CONSOLIDATED_STYLE = `
.consolidated .table-scroll{max-width:100%;overflow-x:auto}
.consolidated .table-scroll td{overflow-wrap:normal}
#consolidated-workloads{min-width:60rem}
#consolidated-questions,#consolidated-missing{min-width:34rem}
.consolidated .badge{margin:0 .4rem .3rem 0}
.consolidated .chart{margin:.5rem 0}
`;
