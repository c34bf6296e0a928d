import{start}from"../suite/index.js";await start("state-bootstrap");
