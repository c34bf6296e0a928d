import{start}from"../suite/index.js";await start("deploy-lambda-image");
