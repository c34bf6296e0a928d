import{start}from"../suite/index.js";await start("deploy-ec2");
