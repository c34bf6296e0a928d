import{start}from"../suite/index.js";await start("build-push-ecr");
