import{start}from"../suite/index.js";await start("eks-rolling-update");
