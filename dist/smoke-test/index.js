import{start}from"../suite/index.js";await start("smoke-test");
